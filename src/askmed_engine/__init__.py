"""askmed_engine: the text intelligence of askmed, free of any web framework.

It takes and returns plain dataclasses (see :mod:`askmed_engine.records`); the Django
site in ``askmed`` is a thin adapter over it.
"""

__version__ = "0.1.0"
