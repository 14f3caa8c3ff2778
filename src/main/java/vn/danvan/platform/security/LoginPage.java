package vn.danvan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page of the application's own pages (the dashboard), in Vietnamese. */
@RestController
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        boolean signedOut = request.getParameter("logout") != null;
        boolean unavailable = request.getParameter("unavailable") != null;
        String locked = request.getParameter("locked");
        long minutes = locked == null || !locked.matches("\\d{1,4}") ? 0 : Long.parseLong(locked);
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Đăng nhập · danvan</title><link rel="stylesheet" href="/dashboard/dashboard.css"></head>
                <body class="login"><form method="post" action="/login" class="login-box">
                <h1>Bảng điều hành công tác dân vận</h1>
                %s
                <label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Đăng nhập</button>
                <p class="hint">Cùng tài khoản với Tasklist. Đã đăng nhập Tasklist thì mở thẳng <a href="/dashboard">/dashboard</a>.</p>
                </form></body></html>
                """.formatted(unavailable ? "<p class=\"error\">Hệ thống tạm thời không kết nối được cơ sở dữ liệu. "
                        + "Vui lòng thử lại sau ít phút.</p>"
                        : locked != null ? "<p class=\"error\">Đăng nhập sai quá nhiều lần nên tạm thời bị khóa. Vui lòng thử lại sau "
                        + (minutes > 0 ? "khoảng " + minutes + " phút" : "ít phút")
                        + "; quản trị viên có thể mở khóa sớm hơn.</p>"
                        : failed ? "<p class=\"error\">Sai tên đăng nhập hoặc mật khẩu.</p>"
                        : signedOut ? "<p class=\"info\">Đã đăng xuất.</p>" : "",
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
