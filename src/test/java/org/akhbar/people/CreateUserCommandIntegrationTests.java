package org.akhbar.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.akhbar.testing.Jobs;
import org.akhbar.testing.Jobs.Run;
import org.akhbar.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code java -jar akhbar.jar create-user}: the first administrator without a web browser. */
@Tag("database")
class CreateUserCommandIntegrationTests {

    @Test
    void createsAnAdministratorWithThePasswordFromStandardInput() {
        Map<String, String> database = TestDatabase.fresh();
        Run run = Jobs.runWithInput(database, "كلمة-سر-طويلة-بما-يكفي\n", "create-user", "--role", "admin",
                "--username", "Chief", "--name", "رئيس التحرير");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created chief (administrator)");
        assertThat(run.out() + run.err()).doesNotContain("كلمة-سر-طويلة-بما-يكفي");

        Run again = Jobs.runWithInput(database, "كلمة-سر-طويلة-بما-يكفي\n", "create-user", "--role=editor", "--username=chief");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("username: This username is taken.");
    }

    @Test
    void aShortPasswordOrAMissingRoleIsExplained() {
        Map<String, String> database = TestDatabase.fresh();
        Run weak = Jobs.runWithInput(database, "123\n", "create-user", "--role", "author", "--username", "writer");
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).contains("password: The password is shorter than 12 characters.");

        Run usage = Jobs.run(database, "create-user", "--username", "writer");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Usage: create-user --role");
    }
}
