// The form generator against every connector spec of the reference material (Airbyte's
// registry, the reference specs, the platform's secret-handling edge cases, and the folder
// DSP_CONNECTOR_SPECS names): each renders with no warning, every property gets an editor, a
// user filling the required fields gets a configuration the validator accepts, emptying one
// is refused next to that field, and a saved configuration with masked secrets comes back
// unchanged when the user edits around it.
#include "forms/connectorform.h"
#include "forms/containereditors.h"
#include "forms/fieldeditor.h"
#include "forms/scalareditors.h"

#include "airbyte/specvalidator.h"

#include "referencespecs.h"
#include "sharedref.h"
#include "specfiller.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace Dsp;
using namespace Dsp::Testing;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says this of every top-level window it shows: not ours.
    const bool platformNoise = message.startsWith(QLatin1String("This plugin does not support"));
    if (type != QtDebugMsg && type != QtInfoMsg && !platformNoise)
        g_warnings.append(message);
    if (g_previousHandler && !platformNoise)
        g_previousHandler(type, context, message);
}

ConnectorSpec parsed(const QByteArray &json)
{
    const Result<ConnectorSpec> spec = ConnectorSpec::parse(json);
    return spec ? spec.value() : ConnectorSpec();
}

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (QString token : path.mid(1).split(QLatin1Char('/'))) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        v = v.isArray() ? v.toArray().at(token.toInt()) : v.toObject().value(token);
    }
    return v;
}

// "/streams/2/name" -> "/streams/*/name" (the spec's path), and the last index (2).
QString specPathOf(const QString &path, int *lastIndex)
{
    QStringList tokens = path.split(QLatin1Char('/'));
    *lastIndex = 0;
    for (QString &t : tokens) {
        bool isIndex = false;
        const int i = t.toInt(&isIndex);
        if (isIndex && !t.isEmpty()) {
            t = QStringLiteral("*");
            *lastIndex = i;
        }
    }
    return tokens.join(QLatin1Char('/'));
}

// The editor a user sees for the value at `path` (the n-th entry's for a list).
FieldEditor *editorAt(QWidget *form, const QString &path)
{
    int index = 0;
    const QString specPath = specPathOf(path, &index);
    QList<FieldEditor *> shown;
    for (FieldEditor *e : form->findChildren<FieldEditor *>()) {
        if (e->property("specPath").toString() == specPath && e->isVisibleTo(form))
            shown.append(e);
    }
    return index < shown.size() ? shown.at(index) : nullptr;
}

QString typed(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QLineEdit *inputLine(QWidget *editor)
{
    for (QLineEdit *line : editor->findChildren<QLineEdit *>()) {
        if (!line->isReadOnly())
            return line;
    }
    return nullptr;
}

// Types `value` into `editor` as a user would: keys, clicks, the Add button.
bool typeInto(FieldEditor *editor, const QJsonValue &value)
{
    if (qobject_cast<TextEditor *>(editor) || qobject_cast<NumberEditor *>(editor) ||
        qobject_cast<RawJsonEditor *>(editor)) {
        if (QLineEdit *line = inputLine(editor)) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Backspace);
            QTest::keyClicks(line, typed(value));
            return true;
        }
        auto *box = editor->findChild<QPlainTextEdit *>();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        QTest::keyClicks(box, typed(value));
        return true;
    }
    if (auto *list = qobject_cast<ScalarListEditor *>(editor)) {
        const QJsonArray array = value.toArray();
        if (auto *box = list->findChild<QPlainTextEdit *>()) {
            for (const QJsonValue &item : array) {
                QTest::keyClicks(box, typed(item));
                QTest::keyClick(box, Qt::Key_Return);
            }
        } else {
            auto *choices = list->findChild<QListWidget *>(QStringLiteral("choices"));
            for (int i = 0; i < choices->count(); ++i) {
                QListWidgetItem *choice = choices->item(i);
                for (const QJsonValue &item : array) {
                    if (choice->text() == typed(item) && choice->checkState() != Qt::Checked)
                        choice->setCheckState(Qt::Checked); // what a click on its box does
                }
            }
        }
        return true;
    }
    if (auto *choice = qobject_cast<ChoiceEditor *>(editor)) {
        const int option = choice->field().selectedOption(value);
        if (option != choice->currentOption()) {
            auto *combo = choice->findChild<QComboBox *>();
            combo->setCurrentIndex(option);
            emit combo->activated(option);
        }
        return true;
    }
    if (qobject_cast<ObjectEditor *>(editor))
        return true; // its fields are typed one by one
    if (auto *entries = qobject_cast<EntryListEditor *>(editor)) {
        auto *add = entries->findChild<QPushButton *>(QStringLiteral("addEntry"));
        while (entries->entryCount() < value.toArray().size())
            QTest::mouseClick(add, Qt::LeftButton);
        return true;
    }
    if (auto *box = editor->findChild<QCheckBox *>(); qobject_cast<BooleanEditor *>(editor)) {
        if (box->isChecked() != value.toBool())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        return true;
    }
    if (auto *combo = editor->findChild<QComboBox *>(); qobject_cast<EnumEditor *>(editor)) {
        const int i = combo->findText(typed(value));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
        return i >= 0;
    }
    return false;
}

// Builds every part of a form a user can reach: each option of each choice (built when first
// chosen), an entry in each list, and so on inside those.
void expandEverything(ConnectorForm *form)
{
    QSet<const QObject *> done;
    for (bool grew = true; grew;) {
        grew = false;
        for (ChoiceEditor *choice : form->findChildren<ChoiceEditor *>()) {
            if (done.contains(choice))
                continue;
            done.insert(choice);
            grew = true;
            const int chosen = choice->currentOption();
            for (int i = 0; i < choice->field().children.size(); ++i)
                choice->setCurrentOption(i);
            choice->setCurrentOption(chosen);
        }
        for (EntryListEditor *list : form->findChildren<EntryListEditor *>()) {
            if (done.contains(list))
                continue;
            done.insert(list);
            grew = true;
            if (list->entryCount() == 0)
                list->addEntry();
        }
    }
}

bool isLeafText(const FieldEditor *e)
{
    return qobject_cast<const TextEditor *>(e) || qobject_cast<const NumberEditor *>(e);
}

bool errorShown(QWidget *form, const QString &text)
{
    for (QLabel *label : form->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        if (label->isVisibleTo(form) && label->text().contains(text))
            return true;
    }
    return false;
}

// Every field a form shows or keeps: not the entries of a scalar list (the list's editor holds
// them), not inside an airbyte_hidden field (kept whole, never shown).
void collectPaths(const QList<SpecField> &fields, bool underScalarList, QStringList *paths)
{
    for (const SpecField &f : fields) {
        if (!underScalarList)
            paths->append(f.path);
        if (!f.hidden)
            collectPaths(f.children, f.kind == SpecFieldKind::ScalarArray, paths);
    }
}

ConnectorSpec referenceSpec(const QString &file)
{
    QFile in(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/") + file));
    return in.open(QIODevice::ReadOnly) ? parsed(in.readAll()) : ConnectorSpec();
}

} // namespace

class TestConnectorForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(recordWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void init() { g_warnings.clear(); }
    void cleanup()
    {
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
    }

    void everySpecRendersAndFillsAsAUserWould_data();
    void everySpecRendersAndFillsAsAUserWould();
    void reportsFieldsEditedAsRawJson();
    void keepsWhatWasTypedInAChoiceWhenSwitchingBack();
    void keepsMaskedSecretUnlessReplaced();
    void errorsFollowTheTypingAfterTheFirstCheck();
    void helpIsPlainTextWithLinks();
    void datePickerWritesTheSpecsForm();
    void specGroupsBecomeSections();
};

void TestConnectorForms::everySpecRendersAndFillsAsAUserWould_data()
{
    QTest::addColumn<QByteArray>("json");
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors-edge")));
    for (const ReferenceSpec &spec : referenceSpecs())
        QTest::newRow(qPrintable(spec.name)) << spec.json;
}

void TestConnectorForms::everySpecRendersAndFillsAsAUserWould()
{
    QFETCH(QByteArray, json);
    const ConnectorSpec spec = parsed(json);
    QVERIFY(!spec.isNull());

    // Renders, with every list given an entry so that its entries' fields exist too.
    ConnectorForm form(spec);
    form.resize(700, 900);
    form.show();
    expandEverything(&form);
    form.setOptionalFieldsShown(true);
    QVERIFY(!form.grab().isNull());
    QSet<QString> withEditor;
    for (const FieldEditor *e : form.findChildren<FieldEditor *>())
        withEditor.insert(e->property("specPath").toString());
    QStringList paths;
    collectPaths(spec.fields(), false, &paths);
    for (const QString &path : std::as_const(paths))
        QVERIFY2(withEditor.contains(path), qPrintable(path + QLatin1String(": no editor")));

    // A user completes a new form: the defaults are there, each required field gets a value.
    ConnectorForm fresh(spec);
    fresh.show();
    fresh.setOptionalFieldsShown(true);
    Filler filler;
    const QJsonObject target = filler.complete(spec);
    QVERIFY2(filler.problems.isEmpty(), qPrintable(filler.problems.join(QLatin1String("; "))));
    QStringList typedPaths;
    for (const QString &path : std::as_const(filler.requiredPaths)) {
        const QJsonValue want = valueAt(target, path);
        if (valueAt(fresh.configuration(), path) == want)
            continue;
        FieldEditor *editor = editorAt(&fresh, path);
        QVERIFY2(editor, qPrintable(path + QLatin1String(": no editor on screen")));
        QVERIFY2(typeInto(editor, want), qPrintable(path + QLatin1String(": cannot type")));
        if (isLeafText(editor))
            typedPaths.append(path);
    }
    const QJsonObject filled = fresh.configuration();
    const QList<FieldError> errors = SpecValidator::validate(spec, filled);
    QVERIFY2(errors.isEmpty(),
             qPrintable(errorsText(errors) + QLatin1String("\nin ") +
                        QString::fromUtf8(QJsonDocument(filled).toJson(QJsonDocument::Compact))));
    QVERIFY(fresh.validate().isEmpty());
    QVERIFY(!errorShown(&fresh, QString()));

    // Emptying a required field is refused, next to that field, in words.
    for (const QString &path : std::as_const(filler.requiredPaths)) {
        FieldEditor *editor = editorAt(&fresh, path);
        if (!editor || !isLeafText(editor) || !fresh.configuration().contains(path.mid(1)))
            continue;
        QVERIFY(typeInto(editor, QString()));
        const QList<FieldError> refused = fresh.validate();
        QVERIFY2(names(refused, path, QStringLiteral("required")),
                 qPrintable(path + QLatin1String(" emptied: ") + errorsText(refused)));
        QVERIFY2(errorShown(&fresh, QStringLiteral("Required")), qPrintable(path));
        QVERIFY(typeInto(editor, valueAt(target, path)));
        QVERIFY(fresh.validate().isEmpty());
        break; // one per spec: the rest follow the same path
    }

    // Saved with secrets masked, edited around them, saved again: sent back unchanged.
    QJsonObject saved = target;
    for (const SpecField &f : spec.fields()) {
        if (f.secret && f.kind == SpecFieldKind::String && !f.hidden)
            saved.insert(f.key, ConnectorSpec::maskedSecret());
    }
    for (const QString &path : spec.secretPathsIn(saved)) {
        const QStringList tokens = path.mid(1).split(QLatin1Char('/'));
        if (tokens.size() == 1)
            saved.insert(tokens.first(), ConnectorSpec::maskedSecret());
    }
    ConnectorForm edit(spec);
    edit.show();
    edit.setOptionalFieldsShown(true);
    edit.setConfiguration(saved);
    for (FieldEditor *e : edit.findChildren<FieldEditor *>()) {
        auto *text = qobject_cast<TextEditor *>(e);
        if (!e->isVisibleTo(&edit) || !isLeafText(e) || (text && e->field().secret))
            continue;
        if (QLineEdit *line = inputLine(e)) {
            line->end(false);
            QTest::keyClick(line, Qt::Key_1);
            QTest::keyClick(line, Qt::Key_Backspace);
        }
    }
    const QJsonObject resaved = edit.configuration();
    QVERIFY2(resaved == saved,
             qPrintable(QString::fromUtf8(QJsonDocument(resaved).toJson(QJsonDocument::Compact)) +
                        QLatin1String("\ninstead of ") +
                        QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact))));
}

void TestConnectorForms::reportsFieldsEditedAsRawJson()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    int raw = 0;
    int specs = 0;
    QStringList where;
    for (const ReferenceSpec &named : referenceSpecs()) {
        const ConnectorSpec spec = parsed(named.json);
        ++specs;
        if (spec.rawFieldCount() == 0)
            continue;
        ConnectorForm form(spec);
        expandEverything(&form);
        const QList<RawJsonEditor *> editors = form.findChildren<RawJsonEditor *>();
        QCOMPARE(editors.size(), spec.rawFieldCount());
        raw += spec.rawFieldCount();
        for (const RawJsonEditor *e : editors)
            where.append(named.name + e->field().path + QLatin1String(" (") + e->field().rawReason +
                         QLatin1Char(')'));
    }
    qInfo("%d specs; fields edited as raw JSON: %d%s%s", specs, raw, raw ? ": " : "",
          qPrintable(where.join(QLatin1String(", "))));
    QVERIFY(specs > 500);
}

void TestConnectorForms::keepsWhatWasTypedInAChoiceWhenSwitchingBack()
{
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    ConnectorForm form(spec);
    form.show();
    form.setOptionalFieldsShown(true);
    auto *tunnel = form.findChild<ChoiceEditor *>(QStringLiteral("/tunnel_method"));
    QVERIFY(tunnel);
    const SpecField &choice = tunnel->field();
    int passwordOption = -1;
    for (int i = 0; i < choice.children.size(); ++i) {
        if (choice.children.at(i).optionValue == QJsonValue(QStringLiteral("SSH_PASSWORD_AUTH")))
            passwordOption = i;
    }
    QVERIFY(passwordOption > 0);
    auto *combo = tunnel->findChild<QComboBox *>();
    combo->setCurrentIndex(passwordOption);
    emit combo->activated(passwordOption);
    FieldEditor *host = editorAt(&form, QStringLiteral("/tunnel_method/tunnel_host"));
    QVERIFY(host);
    QVERIFY(typeInto(host, QStringLiteral("bastion.example.com")));
    QCOMPARE(form.configuration().value("tunnel_method").toObject().value("tunnel_method"),
             QJsonValue(QStringLiteral("SSH_PASSWORD_AUTH")));
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(form.configuration().value("tunnel_method").toObject().value("tunnel_method"),
             QJsonValue(QStringLiteral("NO_TUNNEL")));
    QVERIFY(!form.configuration().value("tunnel_method").toObject().contains("tunnel_host"));
    combo->setCurrentIndex(passwordOption);
    emit combo->activated(passwordOption);
    QCOMPARE(form.configuration().value("tunnel_method").toObject().value("tunnel_host"),
             QJsonValue(QStringLiteral("bastion.example.com")));
}

void TestConnectorForms::keepsMaskedSecretUnlessReplaced()
{
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    QJsonObject saved = spec.defaultConfiguration();
    saved.insert("host", "db.internal");
    saved.insert("database", "business_db");
    saved.insert("username", "analyst");
    saved.insert("password", ConnectorSpec::maskedSecret());
    ConnectorForm form(spec);
    form.show();
    form.setOptionalFieldsShown(true);
    form.setConfiguration(saved);
    auto *password = qobject_cast<TextEditor *>(editorAt(&form, QStringLiteral("/password")));
    QVERIFY(password);
    // The mask is not shown as if it were the password; the field says it is kept.
    QLineEdit *line = inputLine(password);
    QVERIFY(line->text().isEmpty());
    QVERIFY(!line->placeholderText().isEmpty());
    QVERIFY(typeInto(editorAt(&form, QStringLiteral("/host")), QStringLiteral("db2.internal")));
    QCOMPARE(form.configuration().value("password").toString(), ConnectorSpec::maskedSecret());
    QCOMPARE(form.configuration().value("host").toString(), QStringLiteral("db2.internal"));
    // Typed and erased again: still the server's secret, never an empty password.
    QTest::keyClicks(line, QStringLiteral("x"));
    QTest::keyClick(line, Qt::Key_Backspace);
    QCOMPARE(form.configuration().value("password").toString(), ConnectorSpec::maskedSecret());
    QTest::keyClicks(line, QStringLiteral("n3w-s3cret"));
    QCOMPARE(form.configuration().value("password").toString(), QStringLiteral("n3w-s3cret"));
    QCOMPARE(line->echoMode(), QLineEdit::Password);
}

void TestConnectorForms::errorsFollowTheTypingAfterTheFirstCheck()
{
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    ConnectorForm form(spec);
    form.show();
    // Nothing is said before the user asks for a check.
    QVERIFY(!errorShown(&form, QString()));
    const QList<FieldError> errors = form.validate();
    QVERIFY(names(errors, QStringLiteral("/host"), QStringLiteral("required")));
    QVERIFY(errorShown(&form, QStringLiteral("Required")));
    FieldEditor *port = editorAt(&form, QStringLiteral("/port"));
    QVERIFY(typeInto(port, QStringLiteral("54x")));
    QTRY_VERIFY(errorShown(&form, QStringLiteral("Must be a number")));
    QVERIFY(typeInto(port, QStringLiteral("70000")));
    QTRY_VERIFY2(errorShown(&form, QStringLiteral("Must be at most 65")),
                 qPrintable(errorsText(form.validate())));
    for (const char *field : {"/host", "/database", "/username"})
        QVERIFY(typeInto(editorAt(&form, QString::fromLatin1(field)), QStringLiteral("x")));
    // The default replication (CDC) needs a slot and a publication: the user picks Standard.
    QVERIFY(typeInto(editorAt(&form, QStringLiteral("/replication_method")),
                     QJsonObject{{"method", "Standard"}}));
    QVERIFY(typeInto(port, QStringLiteral("5432")));
    QTRY_VERIFY2(!errorShown(&form, QString()), qPrintable(errorsText(form.validate())));
    QVERIFY(form.validate().isEmpty());
}

void TestConnectorForms::helpIsPlainTextWithLinks()
{
    const QByteArray json = R"({"type":"object","required":["host"],"properties":{
        "host":{"type":"string","title":"Host",
                "description":"<img src=x onerror=alert(1)> See [the docs](https://docs.airbyte.com/x) and <a href=\"https://docs.airbyte.com/y\">slots</a>."}}})";
    const ConnectorSpec spec = parsed(json);
    ConnectorForm form(spec);
    form.show();
    QLabel *help = nullptr;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::MarkdownText)
            help = label;
    }
    QVERIFY(help);
    QTextDocument shown;
    shown.setMarkdown(help->text());
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("<img src=x onerror=alert(1)>")),
             qPrintable(shown.toPlainText()));
    QVERIFY(shown.toHtml().contains(QStringLiteral("href=\"https://docs.airbyte.com/x\"")));
    QVERIFY(!shown.toHtml().contains(QStringLiteral("<img")));
    // The specs' own HTML links are links too, not tags shown as text.
    QVERIFY(shown.toHtml().contains(QStringLiteral("href=\"https://docs.airbyte.com/y\"")));
    QVERIFY(!shown.toPlainText().contains(QStringLiteral("<a href")));
}

void TestConnectorForms::datePickerWritesTheSpecsForm()
{
    const QByteArray json = R"({"type":"object","required":["start_date"],"properties":{
        "start_date":{"type":"string","title":"Start date","format":"date-time",
                      "pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"}}})";
    const ConnectorSpec spec = parsed(json);
    ConnectorForm form(spec);
    form.show();
    auto *pick = form.findChild<QToolButton *>(QStringLiteral("pickDate"));
    QVERIFY(pick);
    QTest::mouseClick(pick, Qt::LeftButton);
    QCalendarWidget *calendar = nullptr;
    QTRY_VERIFY((calendar = pick->parentWidget()->findChild<QCalendarWidget *>()));
    calendar->setSelectedDate(QDate(2024, 2, 29));
    auto *buttons = calendar->parentWidget()->findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(form.configuration().value("start_date").toString(),
             QStringLiteral("2024-02-29T00:00:00Z"));
    QVERIFY(form.validate().isEmpty());
}

void TestConnectorForms::specGroupsBecomeSections()
{
    const QByteArray json = R"({"type":"object","required":["host","user"],
        "groups":[{"id":"db","title":"Database"},{"id":"auth","title":"Authentication"}],
        "properties":{
          "user":{"type":"string","group":"auth","order":1},
          "host":{"type":"string","group":"db","order":0},
          "port":{"type":"integer","group":"db","default":5432}}})";
    ConnectorForm form(parsed(json));
    form.show();
    QStringList titles;
    for (const QGroupBox *box : form.findChildren<QGroupBox *>())
        titles.append(box->title());
    QCOMPARE(titles, (QStringList{QStringLiteral("Database"), QStringLiteral("Authentication")}));
    // The optional port is folded inside its group, and its default is in the configuration.
    auto *port = form.findChild<FieldEditor *>(QStringLiteral("/port"));
    QVERIFY(!port->isVisibleTo(&form));
    QCOMPARE(form.configuration().value("port").toInt(), 5432);
    auto *fold = form.findChild<QToolButton *>(QStringLiteral("optionalFields"));
    QTest::mouseClick(fold, Qt::LeftButton);
    QVERIFY(port->isVisibleTo(&form));
}

QTEST_MAIN(TestConnectorForms)
#include "tst_connectorforms.moc"
