#include "airbytefake.h"

namespace Dsp::Fakes {

AirbyteFake::AirbyteFake(QObject *parent)
    : FakeHttpServer(parent)
{
    route("GET", "/api/v1/health", [this](const FakeRequest &) {
        FakeResponse r;
        if (m_healthStatus != 0) {
            r.status = m_healthStatus;
            r.contentType = "text/plain";
            r.body = m_healthBody;
            return r;
        }
        r.body = m_malformed
                     ? QByteArray(R"({"available": tru)")
                     : QByteArray(R"({"available":)") + (m_available ? "true" : "false") + "}";
        return r;
    });
    route("GET", "/api/v1/instance_configuration", [this](const FakeRequest &req) {
        FakeResponse r;
        r.hang = m_versionHangs;
        if (m_requireAuth && !req.headers.contains("authorization")) {
            r.status = 401;
            r.body = R"({"message":"Unauthorized"})";
            return r;
        }
        r.body = R"({"edition":"community","version":")" + m_version +
                 R"(",)"
                 R"("licenseStatus":"pro","auth":{"mode":"none"},)"
                 R"("airbyteUrl":"http://localhost:8000","initialSetupComplete":true,)"
                 R"("defaultUserId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationEmail":"analyst@example.com",)"
                 R"("defaultWorkspaceId":"9b1b8a30-7a51-4e4f-9a4b-2b0c7e1b6a11",)"
                 R"("trackingStrategy":"logging"})";
        return r;
    });
}

} // namespace Dsp::Fakes
