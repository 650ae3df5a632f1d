package it.ciclo.format;

/** The smallest valid directive, as text, for tests to break in one place at a time. */
final class Minimal {

    private Minimal() {
    }

    static String json() {
        return """
                {
                  "id": "minimal",
                  "title": "Ciclo 2024-2026",
                  "issued": {"on": "2023-09-20", "by": "Il Segretario Generale", "number": "4"},
                  "cycle": {"firstYear": 2024, "lastYear": 2026},
                  "acts": [
                    {"id": "piao",
                     "title": "PIAO 2024-2026",
                     "approval": {"on": "2024-01-31"}}
                  ]
                }""";
    }
}
