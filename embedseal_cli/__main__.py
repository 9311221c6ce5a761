"""``python -m embedseal_cli``: the same as the ``embedseal`` command."""

from embedseal_cli.main import main

raise SystemExit(main())
