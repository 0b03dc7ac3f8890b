"""Entry script of the frozen program (PyInstaller needs a script, not a console-script entry).

Same as the `counsel-app` console script: `counsel_app.cli.main()`.
"""

import sys

from counsel_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
