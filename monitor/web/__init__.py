"""The web front end: Datasette on the monitor database, read-only, with the project's metadata."""
