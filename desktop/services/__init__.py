"""What the desk does, in plain Python. No Qt."""
