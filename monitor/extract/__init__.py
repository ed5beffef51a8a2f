"""Pure extraction functions: HTML in, fields out. Nothing here imports the crawler."""
