"""``python -m conformance.fuzz``."""

from conformance.fuzz.cli import main

raise SystemExit(main())
