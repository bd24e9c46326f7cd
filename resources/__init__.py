"""Data shipped with the program (rules, checklists, translations, icons), read with importlib.resources."""
