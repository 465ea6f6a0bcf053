package io.marketpilot.app.web.dashboard;

import java.util.List;

/** What every dashboard page's layout needs: its title, the navigation and who is signed in. */
public record Frame(String title, List<NavItem> nav, String user, String role) {}
