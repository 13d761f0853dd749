package org.dossier.loader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Single lines of page furniture, each recognised by what the whole line says. The patterns are
 * anchored and run only on short lines, so they cost nothing on long paragraphs.
 */
enum LineBoilerplate implements BoilerplateRule {

    /** Advertising slots: {@code ADVERTISEMENT}, {@code Sponsored}, "story continues below". */
    ADVERTISING(80, "(?:(?:skip )?advertisement|advertising|ad|ads|sponsored(?: content)?|paid (?:content|post|partnership)"
            + "|promoted(?: content)?|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
            + "|scroll (?:down )?to continue(?: (?:with content|reading))?|continue reading(?: below)?"
            + "|advertisement[ ·|\\-–—]+scroll to continue(?: with content)?|sponsor message|ad feedback)"),

    /** Links to other stories: {@code Read more: ...}, {@code Also read}, {@code Related: ...}. */
    READ_MORE(MAX_FURNITURE_LENGTH, "(?:read more(?: about| on)?|also read|read also|related|see also|read next"
            + "|must read|don't miss|do not miss|recommended"
            + "|more on this(?: story)?|click here|go deeper)(?:\\s*[:|\\-–—»>].*)?|click here to .{1,60}"),

    /** Sharing and following: {@code Share}, {@code Follow us on ...}, {@code Copy link}. */
    SHARE(80, "(?:share\\d*|share(?: this)?(?: article| story| page)?|share (?:on|via) \\S+(?: \\S+)?|follow us(?: on .{1,60})?"
            + "|follow (?:@\\S+|.{1,40} on (?:x|twitter|facebook|instagram|google news|whatsapp|telegram|linkedin))"
            + "|copy link(?: to clipboard)?|link copied|save(?: article| story| for later)?|print(?: article)?"
            + "|e-?mail|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|gift (?:this )?article"
            + "|share full article|follow|resize|\\(\\d{1,3} min(?:ute)?s?\\)"
            + "|share or comment on this (?:article|story):?|add to (?:your )?saved (?:stories|articles)"
            + "|add .{1,30} (?:on|to) google(?: news)?"
            + "|listen to this (?:article|story)\\.|enjoy more audio and podcasts on .{1,40}"
            + "|your browser does not support the (?:<audio>|<video>|audio|video) (?:element|tag)\\.?"
            + "|listen(?: to (?:this )?(?:article|story))?(?:(?:\\s*[|·-]\\s*|\\s)(?:\\d{1,3}:\\d{2}|\\d{1,3})"
            + "(?: min(?:ute)?s?)?)?(?: learn more)?"
            + "|\\d{1,3}[- ]min(?:ute)?s?\\.?(?: (?:read|listen|reading time))?|heard on .{1,40}|playlist"
            + "|reading time:?\\s*\\d{1,3} min(?:ute)?s?|time to(?: read)?"
            + "|press play to listen(?: to this (?:article|story))?|voiced by artificial intelligence\\.?"
            + "|subscribe(?: now)?|sign up(?: now)?|support us)"),

    /**
     * Reader widgets: hashtags, comment counters, AI feature teasers, author box labels, trust
     * badges, reprint and correction links.
     */
    WIDGET(80, "(?:hashtags?|tags?|topics?|authors?|guest authors?|about the authors?|image:?"
            + "|(?:hide|toggle|show) caption|enlarge this image|contact us at \\S{3,60}"
            + "|aa|small|medium|large|#\\S+(?: #\\S+)*|comments?(?: \\(\\d+\\))?|\\d+ comments?|no comments yet\\.*"
            + "|be the first to comment\\.*|(?:view|show|load|read) comments|leave a comment|join the conversation"
            + "|(?:log|sign) in to (?:write|post|leave) a comment\\.?|\\d{1,4} ?/ ?\\d{1,5} characters?"
            + "|try our ai features|explore what .{1,40} can do for you:?|bookmark|font size|text size"
            + "|reuse this content|our standards:.*|save articles to read later.*|click here to share.*"
            + "|(?:show )?(?:key|all) (?:events|posts)(?: only)?|(?:please )?(?:turn on|enable) javascript.{0,60}"
            + "|(?:this )?audio (?:is |was )?(?:created|generated|produced|voiced) (?:with|by|using) .{1,40}"
            + "|reporting from ?[\\p{L} ,.'’-]{2,60}"
            + "|why you can trust .{1,40}|.{1,40} is a trust project member|request (?:a )?reprints?(?: (?:&|and) licensing)?"
            + "|submit (?:a )?correction|(?:view )?(?:our )?editorial (?:guidelines|standards)"
            + "|learn more|find out more|\\d{1,6}|(?:send us )?your feedback"
            + "|\\(?" + BylineReader.EMAIL_ADDRESS + "\\)?)"),

    /**
     * Paywall, newsletter, messaging-channel and commenting prompts: {@code Want to read more?},
     * {@code Subscribe to continue reading}, {@code Join ST's WhatsApp Channel ...}.
     */
    PAYWALL(MAX_FURNITURE_LENGTH, "(?:.{0,150}\\bsign up here\\.?|want to (?:read|see) more\\??.*|already (?:a subscriber|a member|have an account)\\??.*"
            + "|want the (?:full|whole|rest of the) story\\??.*|subscribe to .{1,40} to (?:read|continue|unlock|access) .*"
            + "|want more\\? .{1,80}|this newsletter is (?:made possible|brought to you|sponsored|supported) by\\b.*"
            + "|(?:.{0,80}[.!?]\\s+)?support (?:independent|our|quality|free) journalism\\b.*"
            + "|become a (?:member|subscriber|supporter|patron)\\b.*"
            + "|(?:subscribe|sign in|log in|register) to (?:read|continue|unlock|keep reading).*"
            + "|get (?:the|our) .{1,40} newsletter.*|sign up (?:for|to) (?:our|the) .{1,50}"
            + "|this (?:article|story|content) is (?:for|available to|only available to) (?:subscribers|members).*"
            + "|you have \\d+ free (?:articles?|stories) (?:left|remaining).*"
            + "|before it'?s here, it'?s on the .{1,40} terminal.*|(?:for )?(?:subscribers|members) only"
            + "|with your current subscription plan you can comment.*|get our (?:free )?.{1,40} (?:email|newsletter)"
            + "|join our commenting forum|join thought-provoking conversations\\b.*|subscribe to .{1,40} newsletter"
            + "|write to \\p{Lu}.{1,60}? at \\S+@\\S+.{0,120}|catch all the latest .{1,160}"
            + "|please (?:direct|send) (?:your |any |us )?(?:questions|comments|inquiries|feedback)\\b.{0,160}"
            + "|(?:join|follow|subscribe to) .{1,40}(?:whatsapp|telegram) channel\\b.*)"),

    /** The print edition's note and the writer's biography: {@code A version of this article appears in print ...}. */
    PRINT_AND_BIO(MAX_FURNITURE_LENGTH, "(?:an? (?:version|earlier version) of this (?:article|story) (?:appears|appeared) in print .*"
            + "|(?:(?:update|correction|editor's note)\\b.{0,40}?:\\s*)?"
            + "this (?:article|story) (?:was|has been) (?:updated|amended|corrected) .*"
            + "|this (?:article|story) appeared in the .{1,60} section of the print edition.*"
            + "|this (?:article|story) is part of .{1,100}"
            + "|appeared in the .{1,40} print edition\\b.*"
            + "|\\((?:updates|adds|recasts|corrects|rewrites|refiles|repeats|changes)\\b[^()]{0,200}\\)"
            + "|this (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published) (?:in|on|by) .{1,100}"
            + "|when (?:citing|quoting|using) .{1,120}(?:mandatory|required|obligatory)\\.?"
            + "|(?:.{0,300}[.!?]\\s+)?more about\\s*[\\p{L} .'’-]{2,60})"),

    /**
     * Labelled lines around the text: tags ({@code Tags: North Korea Russia}), editing credits
     * ({@code Edited by: ...}, {@code Additional reporting by ...}, editors' initials as in
     * {@code kb/sms (AFP, Reuters)}) and a bare short link.
     */
    LABELLED(MAX_FURNITURE_LENGTH, "(?:(?:tags?|topics?|filed under|categories):.*"
            + "|(?:edited by|additional reporting by|with (?:additional )?reporting (?:by|from)):? \\p{Lu}.*"
            + "|[-—–]?\\s*with assistance from \\p{Lu}.*|editor:\\s*\\p{Lu}[\\p{L} .'-]{1,40}|disclaimer:.*"
            + "|[a-z]{2,4}(?:/[a-z]{2,4})+(?:\\s*\\([^()]{2,60}\\))?"
            + "|(?:https?://|www\\.)\\S+(?: \\([^()]{1,40}\\))?)"),

    /**
     * Copyright lines: {@code Copyright (c) 2025. RFE/RL, Inc. ...}, {@code © 2024 The Associated
     * Press}, {@code © France Médias Monde graphic studio}.
     */
    COPYRIGHT(MAX_FURNITURE_LENGTH, "copyright\\s*(?:\\(c\\)|©)?\\s*\\d{4}\\b.*"
            + "|(?:copyright\\s*)?(?:©|\\(c\\))\\s*(?:\\d{4}\\b.*|\\p{Lu}[^.!?]{1,80})|all rights reserved\\.?"),

    /** Separators and end marks: {@code ___}, {@code * * *}, {@code (END)}, {@code -30-}. */
    SEPARATOR(40, "[^\\p{L}\\p{N}]+|\\(?end\\)?|\\(?ends\\)?|-30-"),

    /** Site navigation pasted above the article: {@code Skip to content}, {@code Menu}, breadcrumbs. */
    NAVIGATION(60, "(?:skip (?:to|next|past|ahead to) .{1,40}|democracy dies in darkness|all the news that's fit to print|(?:open |close )?menu|sign in|log in|register|search"
            + "|home(?:page)?|close|accessibility help|newsletters?|my account|account"
            + "|lire en fran\u00e7ais|read (?:it )?in (?:english|french|spanish|german)|en fran\u00e7ais|in english"
            // A breadcrumb trail, not a byline with its outlet or role: "By Jesse Johnson / Staff writer".
            + "|(?!by )[\\p{L}&' ]{1,25}(?:(?:\\s*[›»>]\\s*|\\s*/\\s+)[\\p{L}&' ]{1,25}){1,4})"),

    /**
     * Time stamps that carry no date: {@code Last Updated IST}, {@code Updated 6:40 p.m. ET},
     * {@code 13 minutes ago}, a live page's {@code 10:42 GMT}.
     */
    UNDATED_STAMP(60, "(?:(?:last )?(?:updated|published|posted|modified)(?: on| at)?:?"
            + "(?: \\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?)?(?: [a-z]{2,5})?"
            + "|(?:updated |posted |published )?\\d{1,3} (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago"
            + "|just now|\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,5})?)");

    private final int maxLength;
    private final Pattern pattern;

    LineBoilerplate(int maxLength, String regex) {
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public int match(List<ClippingLine> lines, int index) {
        String text = lines.get(index).text();
        return text.length() <= maxLength && pattern.matcher(text).matches() ? 1 : 0;
    }
}
