"""Qt item models over the core's plain results."""
