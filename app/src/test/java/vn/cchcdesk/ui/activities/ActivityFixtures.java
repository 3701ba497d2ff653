package vn.cchcdesk.ui.activities;

import vn.cchcdesk.App;

/** Catalogue ids the activity tests refer to by short name or code (from the reference data). */
final class ActivityFixtures {

    private ActivityFixtures() {
    }

    static long unit(App app, String shortName) {
        return app.catalog().units().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow().id();
    }

    static long form(App app, String code) {
        return app.catalog().forms().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow().id();
    }
}
