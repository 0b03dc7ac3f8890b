"""The PySide6 desktop interface; the only package that imports Qt.

Modules here import Qt and the light parts of the program at import time; the database,
printing and language packages are imported inside functions, after the first window shows.
"""
