"""Building each generated SDK into the artifact its registry takes, under build/packages/.

One module per ecosystem (``python``: wheel + sdist, …); each builds from a scratch copy of
``sdks/<lang>/``, so the tree stays clean, and says in one line when its tool is missing.
"""
