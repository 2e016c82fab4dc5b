// bench_forms: figures for the connector forms, printed as `name: value` lines, each beside the
// reference it is judged against in the same run.
//
//   form_median_ms / form_worst_ms        parse a registry spec, build its form and paint it
//                                         (every spec of the reference material; goal: worst
//                                         under 50 ms); form_worst_spec names the slowest
//   reference_form_ms                     a hand-written QFormLayout of 20 line edits, built
//                                         and painted the same way
//   validate_median_ms / validate_worst_ms  compile the validator and check a filled form
//   definitions_list_ms (goal < 100)      559 connector definitions with SVG icons into the
//                                         connector picker (ConnectorPickerPage), painted; the
//                                         registry gives icon URLs only, so each definition
//                                         carries one of the panel's own SVG icons as its text
//   reference_list_ms                     the same names in a QListWidget without icons
//
// Usage: bench_forms (reads ../shared/ref/airbyte/registry/oss_registry.json).
#include "airbyte/connectorpickerpage.h"
#include "airbyte/definitionsmodel.h"
#include "forms/connectorform.h"

#include "airbyte/connectorspec.h"
#include "airbyte/specvalidator.h"

#include "referencespecs.h"
#include "sharedref.h"
#include "specfiller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Dsp;
using namespace Dsp::Testing;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.2f\n", name, value);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1.0e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

double referenceFormMs()
{
    QList<double> runs;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        QWidget form;
        auto *layout = new QFormLayout(&form);
        for (int i = 0; i < 20; ++i)
            layout->addRow(QStringLiteral("Field %1").arg(i), new QLineEdit(&form));
        form.resize(700, 900);
        form.show();
        form.grab();
        runs.append(ms(t));
    }
    return median(runs);
}

QList<ConnectorDefinition> registryDefinitions()
{
    QFile file(sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject registry = QJsonDocument::fromJson(file.readAll()).object();
    QList<ConnectorDefinition> out;
    for (const QString &kind : {QStringLiteral("sources"), QStringLiteral("destinations")}) {
        for (const QJsonValue v : registry.value(kind).toArray()) {
            const QJsonObject o = v.toObject();
            ConnectorDefinition d;
            d.id = o.value(kind == QLatin1String("sources")
                               ? QStringLiteral("sourceDefinitionId")
                               : QStringLiteral("destinationDefinitionId"))
                       .toString();
            d.name = o.value(QStringLiteral("name")).toString();
            d.dockerRepository = o.value(QStringLiteral("dockerRepository")).toString();
            d.iconUrl = o.value(QStringLiteral("iconUrl")).toString();
            d.supportLevel = o.value(QStringLiteral("supportLevel")).toString();
            d.releaseStage = o.value(QStringLiteral("releaseStage")).toString();
            out.append(d);
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QList<ReferenceSpec> specs = referenceSpecs();
    if (specs.size() < 500) {
        std::fprintf(stderr, "bench_forms: the registry's specs are missing (%s)\n",
                     qPrintable(sharedDir()));
        return 1;
    }
    // Warm up: the first form pays for fonts, styles and the like once.
    {
        ConnectorForm warm(ConnectorSpec::parse(specs.first().json).value());
        warm.show();
        warm.grab();
    }
    QList<double> forms;
    QList<double> validations;
    double worst = -1;
    QString worstName;
    for (const ReferenceSpec &named : specs) {
        QElapsedTimer t;
        t.start();
        const Result<ConnectorSpec> spec = ConnectorSpec::parse(named.json);
        if (!spec)
            continue;
        ConnectorForm form(spec.value());
        form.resize(700, 900);
        form.show();
        form.grab();
        const double built = ms(t);
        forms.append(built);
        if (built > worst) {
            worst = built;
            worstName = named.name;
        }
        Filler filler;
        const QJsonObject filled = filler.complete(spec.value());
        form.setConfiguration(filled);
        t.restart();
        const QList<FieldError> errors = form.validate();
        validations.append(ms(t));
        Q_UNUSED(errors);
    }
    print("form_median_ms", median(forms));
    print("form_worst_ms", worst);
    std::printf("form_worst_spec: %s\n", qPrintable(worstName));
    print("forms_measured", double(forms.size()));
    print("reference_form_ms", referenceFormMs());
    print("validate_median_ms", median(validations));
    print("validate_worst_ms", *std::max_element(validations.cbegin(), validations.cend()));

    QList<ConnectorDefinition> definitions = registryDefinitions();
    QStringList svgs;
    for (const QString &name : QDir(QStringLiteral(DSP_SOURCE_DIR "/resources/icons"))
                                   .entryList({QStringLiteral("*.svg")})) {
        QFile svg(QStringLiteral(DSP_SOURCE_DIR "/resources/icons/") + name);
        if (svg.open(QIODevice::ReadOnly))
            svgs.append(QString::fromUtf8(svg.readAll()));
    }
    for (qsizetype i = 0; i < definitions.size() && !svgs.isEmpty(); ++i)
        definitions[i].icon = svgs.at(i % svgs.size());
    QList<double> lists;
    QList<double> references;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        ConnectorPickerPage picker(AirbyteClient::Kind::Source);
        picker.setDefinitions(definitions);
        picker.resize(800, 600);
        picker.show();
        picker.grab();
        lists.append(ms(t));

        t.restart();
        QListWidget reference;
        for (const ConnectorDefinition &d : definitions)
            reference.addItem(d.name);
        reference.resize(800, 600);
        reference.show();
        reference.grab();
        references.append(ms(t));
    }
    print("definitions", double(definitions.size()));
    print("definitions_list_ms", median(lists));
    print("reference_list_ms", median(references));
    return 0;
}
