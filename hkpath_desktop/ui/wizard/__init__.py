"""The interview: a QWizard whose pages each read and write one part of the household."""
