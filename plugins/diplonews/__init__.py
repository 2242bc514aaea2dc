"""diplonews: a searchable archive of Vietnamese people-to-people diplomacy news.

The extraction core lives in :mod:`diplonews.core` and never imports MkDocs, so
the archive can outlive any one site generator; the MkDocs plugin and the CLI
are thin adapters over it.
"""
