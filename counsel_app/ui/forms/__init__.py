"""Modules generated from forms/*.ui by pyside6-uic (see tools/check_forms.py)."""
