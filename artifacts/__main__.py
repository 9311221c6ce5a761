"""``python -m artifacts``."""

from artifacts.cli import main

raise SystemExit(main())
