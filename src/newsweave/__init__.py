"""newsweave: turn news articles into an evidence-linked model of the situation they describe."""
__version__ = "0.1.0"
