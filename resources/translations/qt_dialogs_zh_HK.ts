<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Words of Qt's own file dialog that Qt's catalogues (qtbase_zh_TW.qm, qtbase_zh_CN.qm,
     shipped with PySide6) leave in English: Qt 6.11's dialog says "&Look in:" and
     "Files of &type:", while the catalogues only translate Qt 6.8's "Look in:" and
     "Files of type:"; and the file-type column ("Folder", "%1 File") now comes from
     QAbstractFileIconProvider, which the catalogues still list under QFileDialog. The comments
     are the disambiguations Qt passes. Written for this program; ui/i18n.py installs it over
     Qt's. -->
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
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 檔案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>檔案資料夾</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>OS X Finder</comment>
        <translation>別名</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>捷徑</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
