"""python -m journal: the same as the `shima` command."""

import sys

from .cli import main

sys.exit(main())
