"""`python -m viewer`: the same as the `timeline-viewer` command."""

import sys

from viewer.app import main

if __name__ == "__main__":  # a helper process (spawned) imports this module too
    sys.exit(main())
