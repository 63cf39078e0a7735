package org.bilateral.identity.web;

import org.bilateral.identity.CurrentAccount;
import org.springframework.stereotype.Component;

/**
 * What a page may ask about the account viewing it, as {@code th:if="${@access.editor()}"}: so that no template names a
 * role, and which roles make up the ministry or its editors is said in identity alone.
 */
@Component("access")
public class PageAccess {

    /** Administrators, analysts and viewers: the workbench's menus and search box. */
    public boolean ministry() {
        return CurrentAccount.now().ministry();
    }

    /** Administrators and analysts: the forms that change the record. */
    public boolean editor() {
        return CurrentAccount.now().editor();
    }

    /** Administrators: accounts, the audit trail, who reports for which enterprise. */
    public boolean administrator() {
        return CurrentAccount.now().administrator();
    }

    /** An enterprise's reporter: the reporting page is its home. */
    public boolean reporter() {
        return CurrentAccount.now().reporter();
    }

    /** A minister's office, which reads and changes nothing. */
    public boolean viewer() {
        return CurrentAccount.now().viewer();
    }

    /** Anyone logged in: the log-out button. */
    public boolean signedIn() {
        return CurrentAccount.now().signedIn();
    }
}
