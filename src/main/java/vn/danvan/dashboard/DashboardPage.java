package vn.danvan.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the dashboard's single page; its script reads /api/dashboard/*. */
@Controller
class DashboardPage {

    @GetMapping({"/dashboard", "/dashboard/"})
    String page() {
        return "forward:/dashboard/index.html";
    }
}
