"""`python -m bot` is the `loopbaanbot` command."""

import sys

from bot.cli import main

sys.exit(main())
