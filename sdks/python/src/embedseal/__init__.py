# Code generated from spec/formats/ — do not edit.

"""embedseal: one self-contained module per format (standard library only).

Sign and verify embedded-analytics tokens and URLs, one self-contained file per format.

* :mod:`embedseal.boldbi_embed_authorize`: Bold BI embed token (v14.1 and later) (Bold BI)
* :mod:`embedseal.boldbi_embed_url`: Bold BI signed embed URL (before v14.1) (Bold BI)
* :mod:`embedseal.embedseal_v1`: embedseal v1 token (embedseal)
* :mod:`embedseal.lightdash_embed`: Lightdash embedded dashboard JWT (Lightdash)
* :mod:`embedseal.looker_signed_url`: Looker signed embed URL (Looker)
* :mod:`embedseal.metabase_embed`: Metabase static embedding token (Metabase)
* :mod:`embedseal.papermap_iframe`: Papermap iframe token (Papermap)
* :mod:`embedseal.semaphor_token`: Semaphor dashboard token (Semaphor)
* :mod:`embedseal.sigma_jwt`: Sigma embed JWT (Sigma Computing)
* :mod:`embedseal.sigma_signed_url`: Sigma signed embed URL (Sigma Computing)
* :mod:`embedseal.sisense_jwt`: Sisense SSO JWT (Sisense)
* :mod:`embedseal.tableau_connected_app`: Tableau connected app JWT (Tableau)
* :mod:`embedseal.tinybird_jwt`: Tinybird JWT (Tinybird)
* :mod:`embedseal.tooljet_pat`: ToolJet personal access token (embedded apps) (ToolJet)
"""

__version__ = "0.1.0"
