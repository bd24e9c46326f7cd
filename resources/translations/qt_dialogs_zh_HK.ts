<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Labels of Qt's own file dialog that Qt's catalogues (qtbase_zh_TW.qm, qtbase_zh_CN.qm,
     shipped with PySide6) leave in English: Qt 6.11's dialog says "&Look in:" and
     "Files of &type:", while the catalogues only translate Qt 6.8's "Look in:" and
     "Files of type:". Written by hand for this program; ui/i18n.py installs it over Qt's. -->
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查看位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
</TS>
