package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's table of demo accounts says what the local run creates: the same users in the same groups. */
class ReadmeAccountsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9]+)` \\| [^|]+ \\| ([^|]+) \\|\\s*$");
    private static final Pattern GROUP = Pattern.compile("`([a-z0-9-]+)`");

    @Test
    void readmeListsEveryDemoAccountWithItsGroups() throws IOException {
        Map<String, List<String>> readme = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Matcher groups = GROUP.matcher(row.group(2));
                List<String> ids = new java.util.ArrayList<>();
                while (groups.find()) {
                    ids.add(groups.group(1));
                }
                readme.put(row.group(1), ids);
            }
        }
        Map<String, List<String>> created = new LinkedHashMap<>();
        created.put("admin", List.of(Role.ADMIN.groupId()));
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            List<String> groups = new java.util.ArrayList<>(List.of(account.unitCode()));
            groups.addAll(List.of(account.roles()));
            created.put(account.userId(), groups);
        }

        assertThat(readme).isEqualTo(created);
    }
}
