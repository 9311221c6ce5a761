"""``python -m conformance.vectors``: write (or ``--check``) the per-format vector files."""

from conformance.vectors.cli import main

raise SystemExit(main())
