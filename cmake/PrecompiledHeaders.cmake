# Precompiled headers: Qt's, the standard library's and nlohmann's headers are parsed once per
# kind of target instead of once per file, which is most of the build's time on 2 cores.
# dsp_precompile(<target> CORE|WIDGETS): a library's own precompiled header. The tests reuse
# shared ones (dsp_test_pch in tests/CMakeLists.txt).
option(DSP_PRECOMPILED_HEADERS "Precompile the headers most files include" ON)

set(DSP_PCH_CORE
    <algorithm> <chrono> <functional> <memory> <optional> <vector>
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QObject> <QPointer> <QString> <QStringList> <QTimer> <QUrl>
    <QNetworkAccessManager> <QNetworkReply>)
set(DSP_PCH_WIDGETS ${DSP_PCH_CORE}
    <QAbstractTableModel> <QBoxLayout> <QComboBox> <QDialog> <QHeaderView> <QLabel> <QLineEdit>
    <QPainter> <QPushButton> <QTableView> <QWidget>)

function(dsp_precompile target kind)
    if(NOT DSP_PRECOMPILED_HEADERS)
        return()
    endif()
    if(kind STREQUAL "CORE")
        target_precompile_headers(${target} PRIVATE ${DSP_PCH_CORE} <nlohmann/json.hpp>)
    elseif(kind STREQUAL "WIDGETS")
        target_precompile_headers(${target} PRIVATE ${DSP_PCH_WIDGETS})
    else()
        message(FATAL_ERROR "dsp_precompile: unknown kind ${kind}")
    endif()
endfunction()
