"""`python -m counsel_app` and the `counsel-app` console script."""

import sys

from counsel_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
