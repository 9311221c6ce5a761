"""``python -m conformance.harness``."""

from conformance.harness.cli import main

raise SystemExit(main())
