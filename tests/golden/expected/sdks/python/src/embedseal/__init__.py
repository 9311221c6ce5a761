# Code generated from spec/formats/ — do not edit.

"""embedseal: one self-contained module per format (standard library only).

Sign and verify embedded-analytics tokens and URLs, one self-contained file per format.

* :mod:`embedseal.golden_claims`: Golden claims fixture (embedseal tests)
* :mod:`embedseal.golden_envelope`: Golden envelope fixture (embedseal tests)
* :mod:`embedseal.golden_lines`: Golden lines fixture (embedseal tests)
"""

__version__ = "0.1.0"
