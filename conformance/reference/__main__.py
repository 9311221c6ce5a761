"""Entry point: ``python -m conformance.reference``."""

from conformance.reference.cli import main

raise SystemExit(main())
