"""Small reusable input widgets: each one can say "I don't know" and hands back ``None``."""
