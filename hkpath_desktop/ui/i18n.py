"""Which language the GUI speaks, and the Qt translators that make it speak it.

The choice lives in QSettings under ``ui/language`` ("system", "en", "zh_HK" or "zh_CN").
"system" follows the operating system: a Traditional Chinese locale (Hong Kong, Macao, Taiwan,
a Hant script, Cantonese) gets Hong Kong Chinese, any other Chinese locale Simplified Chinese,
everything else English. Our compiled ``hkpath_<lang>.qm`` files are built from the ``.ts``
sources at build time; Qt's own ``qtbase_*.qm`` (shipped with PySide6) translate the wizard's
Back / Next / Finish, the standard buttons and the file dialog, and our ``qt_dialogs_<lang>.qm``
adds the file-dialog labels Qt's catalogues miss for the Qt version we run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

SETTINGS_KEY = "ui/language"
SYSTEM = "system"
ENGLISH = "en"
HONG_KONG = "zh_HK"
SIMPLIFIED = "zh_CN"
LANGUAGES = (ENGLISH, HONG_KONG, SIMPLIFIED)
CHOICES = (SYSTEM, *LANGUAGES)

# Qt ships no Hong Kong file; its Traditional Chinese (Taiwan) one is the closest.
_QT_FILES = {HONG_KONG: "qtbase_zh_TW", SIMPLIFIED: "qtbase_zh_CN"}
# Ours, installed after Qt's so that they win: the program's words, then Qt's missing labels.
_OUR_FILES = ("hkpath", "qt_dialogs")
_TRADITIONAL_TERRITORIES = (
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
    QLocale.Country.Taiwan,
)
_TRANSLATOR_NAME = "hkpath-translator"
_LANGUAGE_PROPERTY = "hkpathLanguage"


def language_for_locale(locale: QLocale) -> str:
    """The language we offer for a system locale."""
    if locale.language() not in (QLocale.Language.Chinese, QLocale.Language.Cantonese):
        return ENGLISH
    script = locale.script()
    if script == QLocale.Script.TraditionalHanScript:
        return HONG_KONG
    if script == QLocale.Script.SimplifiedHanScript:
        return SIMPLIFIED
    return HONG_KONG if locale.territory() in _TRADITIONAL_TERRITORIES else SIMPLIFIED


def saved_choice(settings: QSettings | None = None) -> str:
    """The user's choice from Settings; anything unknown counts as "system"."""
    value = (settings or QSettings()).value(SETTINGS_KEY, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def save_choice(choice: str, settings: QSettings | None = None) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    store = settings or QSettings()
    store.setValue(SETTINGS_KEY, choice)
    store.sync()


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The concrete language for a choice ("system" looks at ``system``, default the OS)."""
    if choice in LANGUAGES:
        return choice
    return language_for_locale(system if system is not None else QLocale.system())


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def our_translations_dir() -> Path | None:
    """The folder of our compiled .qm files, when the package sits on a real file system."""
    from importlib import resources  # only a Chinese start needs it

    folder = resources.files("hkpath_desktop.resources").joinpath("translations")
    return Path(str(folder)) if folder.is_dir() else None


def _remove_ours(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(name, folder):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    return True


def install_translators(
    app: QCoreApplication,
    choice: str | None = None,
    settings: QSettings | None = None,
    qm_dir: Path | None = None,
) -> str:
    """Install the translators for ``choice`` (default: the saved choice); return the language.

    Calling it again replaces the previous translators, so a test can switch languages.
    ``qm_dir`` overrides where our .qm files are read from (default: the package's). A missing
    .qm (a checkout where ``make translations`` has not run) leaves our strings in English.
    """
    language = resolve(choice if choice is not None else saved_choice(settings))
    _remove_ours(app)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    if language != ENGLISH:
        _install(app, _QT_FILES[language], qt_translations_dir())
        folder = qm_dir or our_translations_dir()
        if folder is not None:
            for name in _OUR_FILES:
                _install(app, f"{name}_{language}", str(folder))
    system = QLocale.system()
    if language == language_for_locale(system):
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale("en_HK" if language == ENGLISH else language))
    return language


def current_language(app: QCoreApplication | None = None) -> str:
    """The language ``install_translators`` last installed on ``app``; English before any.

    Kept on the application object, so the views and the PDFs follow the translators without a
    module-level global.
    """
    target = app or QCoreApplication.instance()
    value = target.property(_LANGUAGE_PROPERTY) if target is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else ENGLISH
