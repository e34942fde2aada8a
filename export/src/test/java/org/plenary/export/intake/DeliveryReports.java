package org.plenary.export.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Delivery reports and automatic replies as mail servers and clients write them: the structures of
 * RFC 3464 (delivery status), RFC 6522 (multipart/report), RFC 8098 (read receipts) and RFC 3834
 * (automatic responses), and the plain-text reports of Postfix, Exim, Sendmail, qmail, Exchange (2003 to
 * Exchange Online, in six languages and more), GroupWise, Lotus Domino, Gmail, Yahoo and antivirus
 * gateways, with subjects in encoded words of several charsets. Each report returns a copy of a
 * message that reads as a request to speak, as the worst case: the report must still be told.
 *
 * <p>{@code %d} in a message is the sending server's domain: the Secretariat's own or a delegation's
 * (the case where the sender is a known one). The messages were written for these tests from what
 * the RFCs define and what the servers are documented and seen to write.
 */
final class DeliveryReports {

  /** One report: what writes it, and its raw text with {@code %d} for the domain. */
  record Report(String what, String raw) {
    byte[] bytes(String domain) {
      return raw.replace("%d", domain).replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return what;
    }
  }

  /** The copy of the original message that reports return: it reads as a request to speak. */
  static final String ORIGINAL = """
      From: ASP Secretariat <asp18@secretariat.example>
      To: old.desk@%d
      Subject: Request to speak - plenary on cooperation
      Message-ID: <orig.1@secretariat.example>

      Delegations wishing to take the floor are invited to write.
      Speaker: Ms Jane Wanjiru
      Segment: floor
      """;

  private static final String HEAD = "Received: from mx.%d by mx.secretariat.example; Mon, 25 Nov 2019 10:15:07 +0100\n"
      + "Date: Mon, 25 Nov 2019 10:15:00 +0100\n";

  private DeliveryReports() {}

  /** An encoded word (RFC 2047) of {@code text} in {@code charset}, in base64 ("B") or quoted-printable ("Q"). */
  static String encoded(String text, Charset charset, char how) {
    byte[] b = text.getBytes(charset);
    if (how == 'B') {
      return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(b) + "?=";
    }
    StringBuilder q = new StringBuilder("=?" + charset.name() + "?Q?");
    for (byte x : b) {
      int c = x & 0xff;
      if (c == ' ') {
        q.append('_');
      } else if (c > 32 && c < 127 && c != '=' && c != '?' && c != '_') {
        q.append((char) c);
      } else {
        q.append('=').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return q.append("?=").toString();
  }

  private static String report(String from, String subject, String extra, String text, String status) {
    return HEAD + "From: " + from + "\nSubject: " + subject + "\nMessage-ID: <dsn." + Math.abs((from + subject + extra + text + status).hashCode())
        + "@%d>\n" + extra + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
        + "\tboundary=\"=_report\"\n\n--=_report\nContent-Type: text/plain; charset=utf-8\n\n" + text
        + "\n--=_report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.%d\n\n"
        + "Final-Recipient: rfc822; old.desk@%d\nAction: " + status + "\nStatus: "
        + (status.equals("failed") ? "5.1.1" : "4.4.7") + "\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n\n"
        + "--=_report\nContent-Type: message/rfc822\n\n" + ORIGINAL + "\n--=_report--\n";
  }

  private static String plain(String from, String subject, String extra, String text) {
    return HEAD + "From: " + from + "\nSubject: " + subject + "\nMessage-ID: <ndr." + Math.abs((from + subject + extra + text).hashCode())
        + "@%d>\n" + extra + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n\n" + text + "\n" + ORIGINAL;
  }

  private static String reply(String from, String subject, String extra, String text) {
    return HEAD + "From: " + from + "\nSubject: " + subject + "\nMessage-ID: <auto." + Math.abs((from + subject + extra + text).hashCode())
        + "@%d>\n" + extra + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n\n" + text + "\n";
  }

  /** Delivery reports: each must go to review as a bounce. */
  static List<Report> bounces() {
    List<Report> out = new ArrayList<>();
    Charset gb = Charset.forName("GB2312");
    Charset koi = Charset.forName("KOI8-R");
    Charset cp1251 = Charset.forName("windows-1251");
    Charset latin1 = StandardCharsets.ISO_8859_1;
    String english = "Delivery has failed to these recipients or groups:\n\nold.desk@%d\n";
    out.add(new Report("Postfix, RFC 3464 report", report("MAILER-DAEMON@mx.%d (Mail Delivery System)",
        "Undelivered Mail Returned to Sender", "Auto-Submitted: auto-replied\n",
        "This is the mail system at host mx.%d.\n\nI'm sorry to have to inform you that your message could not\n"
            + "be delivered to one or more recipients.", "failed")));
    out.add(new Report("Postfix, plain text", plain("MAILER-DAEMON@mx.%d (Mail Delivery System)",
        "Undelivered Mail Returned to Sender", "", "This is the mail system at host mx.%d.")));
    out.add(new Report("Postfix, delayed", report("MAILER-DAEMON@mx.%d (Mail Delivery System)",
        "Delayed Mail (still being retried)", "", "This is the mail system at host mx.%d.\n\n"
            + "####################################################################\n"
            + "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n", "delayed")));
    out.add(new Report("Exim", plain("Mail Delivery System <Mailer-Daemon@mx.%d>",
        "Mail delivery failed: returning message to sender", "X-Failed-Recipients: old.desk@%d\n"
            + "Auto-Submitted: auto-replied\n", "This message was created automatically by mail delivery software.\n\n"
            + "A message that you sent could not be delivered to one or more of its\nrecipients.\n\n"
            + "------ This is a copy of the message, including all the headers. ------\n")));
    out.add(new Report("Exim, no header but its sender", plain("Mail Delivery System <Mailer-Daemon@mx.%d>",
        "Warning: message 1iZ0xy-0004Qk-Ab delayed 24 hours", "",
        "This message was created automatically by mail delivery software.")));
    out.add(new Report("Sendmail, RFC 3464 report", report("Mail Delivery Subsystem <MAILER-DAEMON@mx.%d>",
        "Returned mail: see transcript for details", "", "The original message was received at Mon, 25 Nov 2019\n"
            + "from localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n"
            + "<old.desk@%d>", "failed")));
    out.add(new Report("Sendmail, plain warning", plain("Mail Delivery Subsystem <MAILER-DAEMON@mx.%d>",
        "Warning: could not send message for past 4 hours", "",
        "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
            + "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n")));
    out.add(new Report("qmail", plain("MAILER-DAEMON@mx.%d", "failure notice", "",
        "Hi. This is the qmail-send program at mx.%d.\nI'm afraid I wasn't able to deliver your message to the "
            + "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            + "--- Below this line is a copy of the message.\n")));
    out.add(new Report("Exchange 2003", plain("System Administrator <postmaster@%d>",
        "Undeliverable: Request to speak - plenary on cooperation", "",
        "Your message did not reach some or all of the intended recipients.\n\n      Subject:\tRequest to speak\n")));
    out.add(new Report("Exchange 2010, RFC 3464 report", report("postmaster@%d",
        "Undeliverable: Request to speak - plenary on cooperation", "", english, "failed")));
    out.add(new Report("Exchange Online", plain("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%d>",
        "Undeliverable: Request to speak - plenary on cooperation", "X-MS-Exchange-Message-Is-Ndr: \n", english)));
    out.add(new Report("Exchange Online, its sender alone", plain(
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%d>",
        "Request to speak - plenary on cooperation", "", "Your message to old.desk@%d couldn't be delivered.")));
    out.add(new Report("Exchange, French, base64 subject", plain("postmaster@%d", encoded("Non remis : Demande "
        + "d'inscription", StandardCharsets.UTF_8, 'B'), "", "La remise a échoué pour ces destinataires ou groupes :")));
    out.add(new Report("Exchange, French, Latin-1 quoted-printable subject", plain(encoded("Administrateur système",
        latin1, 'Q') + " <administrateur@%d>", encoded("Échec de la remise : demande de prise de parole", latin1, 'Q'), "",
        "Votre message n'a pas pu être remis.")));
    out.add(new Report("Exchange, Spanish", plain("postmaster@%d", encoded("No se puede entregar: Solicitud de uso "
        + "de la palabra", latin1, 'Q'), "", "Error en la entrega a estos destinatarios o grupos:")));
    out.add(new Report("Exchange, Russian, KOI8-R subject", plain("postmaster@%d", encoded("Не доставлено: Заявка на "
        + "выступление", koi, 'B'), "", "Не удалось доставить сообщение следующим получателям или группам:")));
    out.add(new Report("Exchange, Russian, windows-1251 subject and a sender of its own", plain(
        encoded("Системный администратор", cp1251, 'B') + " <exchange-admin@%d>", encoded("Недоставленное сообщение",
            cp1251, 'B'), "", "Ваше сообщение не доставлено.")));
    out.add(new Report("Exchange, Chinese, GB2312 subject", plain("postmaster@%d", encoded("无法投递: 发言申请", gb, 'B'),
        "", "传递到这些收件人或组失败:")));
    out.add(new Report("Exchange, Chinese, folded encoded words", plain("postmaster@%d", encoded("未送达：", gb, 'B') + "\n "
        + encoded("关于在合作问题全体会议上发言的申请", StandardCharsets.UTF_8, 'B'), "", "邮件无法送达。")));
    out.add(new Report("Exchange, Arabic", plain("postmaster@%d", encoded("غير قابل للتسليم: طلب الكلمة",
        StandardCharsets.UTF_8, 'B'), "", "فشل التسليم إلى هؤلاء المستلمين أو المجموعات:")));
    out.add(new Report("Exchange, Arabic, another wording", plain("postmaster@%d", encoded("تعذر التسليم: طلب الكلمة",
        StandardCharsets.UTF_8, 'Q'), "", "تعذر تسليم الرسالة.")));
    out.add(new Report("Exchange, German", plain("postmaster@%d", "Unzustellbar: Request to speak", "",
        "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:")));
    out.add(new Report("Exchange, Italian", plain("postmaster@%d", encoded("Impossibile recapitare: Request to speak",
        StandardCharsets.UTF_8, 'Q'), "", "Recapito non riuscito per questi destinatari o gruppi:")));
    out.add(new Report("Exchange, Portuguese", plain("postmaster@%d", encoded("Não é possível entregar: Request to "
        + "speak", StandardCharsets.ISO_8859_1, 'Q'), "",
        "Falha na entrega a estes destinatários ou grupos:")));
    out.add(new Report("Exchange, Japanese, ISO-2022-JP subject", plain("postmaster@%d", encoded("配信不能: Request to speak",
        Charset.forName("ISO-2022-JP"), 'B'), "", "次の受信者またはグループへの配信に失敗しました:")));
    out.add(new Report("Exchange, French delivery status notice, RFC 2231 language in the encoded word", plain(
        "postmaster@%d", "=?UTF-8*fr?Q?Notification_d'=C3=A9tat_de_remise_(=C3=A9chec)?=", "",
        "Ceci est un message de notification d'état de remise généré automatiquement.")));
    out.add(new Report("GroupWise", plain("Mail Delivery System <postmaster@gw.%d>", "Message status - undeliverable",
        "", "The message that you sent was undeliverable to the following:\n\told.desk@%d (user not found)")));
    out.add(new Report("Lotus Domino", plain("Postmaster@%d", "DELIVERY FAILURE: User old.desk (old.desk@%d) not "
        + "listed in Domino Directory", "", "Your message\n\n  Subject: Request to speak\n\nwas not delivered to:")));
    out.add(new Report("Lotus Domino, delivery report", plain("Mail Router <router@%d>",
        "Delivery Report (Failure) for old.desk@%d", "", "Your message was not delivered.")));
    out.add(new Report("Gmail", report("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)", "X-Failed-Recipients: old.desk@%d\nAuto-Submitted: auto-replied\n",
        "Delivery to the following recipient failed permanently:\n\n     old.desk@%d", "failed")));
    out.add(new Report("Gmail, delayed", plain("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)", "", "This is an automatically generated Delivery Status Notification")));
    out.add(new Report("Yahoo", plain("MAILER-DAEMON@yahoo.example", "Failure Notice", "",
        "Sorry, we were unable to deliver your message to the following address.")));
    out.add(new Report("a report with a global delivery status part (RFC 6533)", report("postmaster@%d",
        "Notification", "", "See below.", "failed").replace("message/delivery-status", "message/global-delivery-status")
        .replace("report-type=delivery-status", "report-type=global-delivery-status")));
    out.add(new Report("a report told by its null return path alone", plain("Notifier <notifier@%d>",
        "Notification", "Return-Path: <>\n", "Your message to old.desk@%d was returned.")));
    out.add(new Report("a report told by its opening alone", plain("Notifier <notifier@%d>", "Notification", "",
        "Your message could not be delivered to one or more recipients.")));
    out.add(new Report("Symantec gateway", plain("Symantec Mail Security <smtp-gateway@%d>",
        "Symantec Mail Security detected a virus in a message you sent", "",
        "Symantec Mail Security detected a violation in a message you sent.")));
    out.add(new Report("Trend Micro ScanMail", plain("ScanMail for Microsoft Exchange <scanmail@%d>",
        "ScanMail Message: To Sender, virus found and action taken", "", "ScanMail detected a virus.")));
    out.add(new Report("McAfee gateway", plain("McAfee Email Gateway <gateway@%d>", "Email Security Alert", "",
        "A virus was found in a message you sent.")));
    out.add(new Report("Sophos", plain("PureMessage <puremessage@%d>", "[Virus] Request to speak", "",
        "Sophos PureMessage has quarantined a message you sent.")));
    out.add(new Report("amavis", plain("Content-filter at mx.%d <virusalert@%d>", "VIRUS (Eicar-Test-Signature) "
        + "IN MAIL FROM YOU", "", "A virus was found: Eicar-Test-Signature")));
    out.add(new Report("an antivirus notice in French", plain("Antivirus <antivirus@%d>", "Virus détecté dans votre "
        + "message", "", "Un virus a été détecté ; le message a été bloqué.")));
    return out;
  }

  /** Automatic replies, read receipts and list mail: each must go to review, never as a request. */
  static List<Report> replies() {
    List<Report> out = new ArrayList<>();
    Charset gb = Charset.forName("GB2312");
    String me = "Jane Wanjiru <jane.wanjiru@%d>";
    out.add(new Report("RFC 3834 vacation, reply subject", reply(me, "Re: Request to speak - plenary on cooperation",
        "Auto-Submitted: auto-replied\n", "I am away and will take the floor at my return.")));
    out.add(new Report("Exchange, English", reply(me, "Automatic reply: Request to speak", "Auto-Submitted: auto-generated\n"
        + "X-Auto-Response-Suppress: All\n", "I am out of the office until 2 December.")));
    out.add(new Report("Exchange 2003, English, subject alone", reply(me, "Out of Office AutoReply: Request to speak", "",
        "Kenya would like to take the floor; I will answer on my return.")));
    out.add(new Report("Exchange, French, subject alone", reply(me, encoded("Réponse automatique : Demande "
        + "d'inscription", StandardCharsets.UTF_8, 'Q'), "", "Je suis absente du bureau. La délégation souhaite prendre "
        + "la parole.")));
    out.add(new Report("Exchange, Spanish, subject alone", reply(me, encoded("Respuesta automática: Solicitud de uso "
        + "de la palabra", StandardCharsets.ISO_8859_1, 'Q'), "", "Estaré fuera de la oficina.")));
    out.add(new Report("Exchange, Russian, subject alone", reply(me, encoded("Автоматический ответ: Заявка на "
        + "выступление", Charset.forName("windows-1251"), 'B'), "", "Я в отпуске.")));
    out.add(new Report("Exchange, Chinese, subject alone", reply(me, encoded("自动答复: 发言申请", gb, 'B'), "",
        "本人休假。")));
    out.add(new Report("Exchange, Chinese, another wording", reply(me, encoded("自动回复: 发言申请",
        StandardCharsets.UTF_8, 'B'), "", "您好，我目前不在办公室。")));
    out.add(new Report("Exchange, Arabic, subject alone", reply(me, encoded("رد تلقائي: طلب الكلمة",
        StandardCharsets.UTF_8, 'B'), "", "أنا خارج المكتب.")));
    out.add(new Report("Exchange, German, subject alone", reply(me, "Abwesenheitsnotiz: Request to speak", "",
        "Ich bin nicht im Büro.")));
    out.add(new Report("Lotus Notes", reply(me, "AUTO: Jane Wanjiru is out of the office (returning 02/12/2019)", "",
        "I am out of the office until 02/12/2019.")));
    out.add(new Report("X-Autoreply", reply(me, "Request to speak", "X-Autoreply: yes\n", "Kenya wishes to take the floor.")));
    out.add(new Report("X-Autorespond", reply(me, "Request to speak", "X-Autorespond: yes\n", "Speaker: Ms Wanjiru")));
    out.add(new Report("Precedence: auto_reply", reply(me, "Request to speak", "Precedence: auto_reply\n", "Segment: floor")));
    out.add(new Report("X-Autogenerated: Reply", reply(me, "Request to speak", "X-Autogenerated: Reply\n",
        "Segment: floor")));
    out.add(new Report("a vacation reply told by its text", reply(me, "Re: Plenary on cooperation", "",
        "Dear sender,\n\nThis is an automatic reply. I am on leave until 2 December; Kenya wishes to take the floor.")));
    out.add(new Report("a French vacation reply told by its text", reply(me, "RE: Plénière", "",
        "Bonjour,\n\nJe suis absente jusqu'au 2 décembre. La délégation souhaite prendre la parole.")));
    out.add(new Report("a read receipt (RFC 8098)", HEAD + "From: " + me + "\nSubject: Read: Request to speak\n"
        + "Message-ID: <mdn.1@%d>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        + "report-type=disposition-notification; boundary=\"m\"\n\n--m\nContent-Type: text/plain\n\n"
        + "Your message was read.\n\n--m\nContent-Type: message/disposition-notification\n\n"
        + "Final-Recipient: rfc822; jane.wanjiru@%d\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--m--\n"));
    out.add(new Report("a delivery receipt", reply(me, "Delivered: Request to speak", "", "Your message was delivered.")));
    out.add(new Report("a list message (List-Id)", reply("News <news@%d>", "Request to speak: how it works",
        "List-Id: <news.%d>\n", "Delegations will take the floor; Segment: floor")));
    out.add(new Report("a bulk message", reply("News <news@%d>", "Request to speak", "Precedence: bulk\n",
        "Kenya wishes to take the floor.")));
    out.add(new Report("a junk message", reply("News <news@%d>", "Request to speak", "Precedence: junk\n",
        "Kenya wishes to take the floor.")));
    out.add(new Report("a list message (Precedence: list)", reply("News <news@%d>", "Request to speak",
        "Precedence: list\n", "Kenya wishes to take the floor.")));
    return out;
  }
}
