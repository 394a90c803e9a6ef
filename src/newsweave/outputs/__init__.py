"""What people look at: the cited briefing, the local web view, graph and table exports."""
