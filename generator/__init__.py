"""The generator: spec model → intermediate model → pure ``render`` → files under sdks/ and docs/.

Never imports ``conformance``: the reference judges what this package produces.
"""

GENERATOR_VERSION = "0.1.0"
