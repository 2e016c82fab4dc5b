#pragma once

#include "airbyte/airbyteclient.h"
#include "airbyte/connectorpresets.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Dsp {

class DefinitionsModel;

// The first step of a new source or destination: the stack's presets as one-click buttons,
// then every connector the workspace offers in a searchable table (icon, support level,
// release stage). Double-click or Next chooses.
class ConnectorPickerPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorPickerPage(AirbyteClient::Kind kind, QWidget *parent = nullptr);

    void setDefinitions(const QList<ConnectorDefinition> &definitions);
    void setPresets(const QList<ConnectorPreset> &presets);
    // A line above the table ("Loading…", or Airbyte's words with Retry when `retry`).
    void setStatus(const QString &text, bool error = false, bool retry = false);

    DefinitionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    // The definition for a docker repository, when the workspace offers it.
    const ConnectorDefinition *definitionFor(const QString &dockerRepository) const;

signals:
    void chosen(const Dsp::ConnectorDefinition &definition);
    void presetChosen(const Dsp::ConnectorPreset &preset);
    void retryRequested();

private:
    void chooseCurrent();

    DefinitionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_next;
    QWidget *m_presetBox;
    QHBoxLayout *m_presetLayout;
};

} // namespace Dsp
