"""`python -m newsweave ...` runs the same command line as the `newsweave` script."""
from newsweave.cli import main

if __name__ == "__main__":
    main()
