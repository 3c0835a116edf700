"""`python -m desktop` opens the window (desktop/launch.py: the first dialog at once)."""

import sys

from desktop.launch import main

sys.exit(main())
