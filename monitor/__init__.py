"""monitor: a bilingual news monitor for cluster and agency websites."""

__version__ = "0.1.0"
