"""askmed: the Django site, a thin adapter over :mod:`askmed_engine`."""
