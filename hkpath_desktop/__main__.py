"""``python -m hkpath_desktop`` behaves exactly like the ``hkpath`` command."""

import sys

from hkpath_desktop.cli import main

sys.exit(main())
