// One path releases the pages in a way the rule does not know (here, one
// by one through a list), so nothing is converted: converting the other
// path alone would unbalance the pin count.
// report: get_user_pages_fast() in grab_list(): leave: the pages go to put_pages_list(), which may keep or release them
static int grab_list(unsigned long addr, int n, struct page **pages,
		     struct list_head *list)
{
	int i, got = get_user_pages_fast(addr, n, 0, pages);

	if (got < n) {
		for (i = 0; i < got; i++)
			put_page(pages[i]);
		return -EFAULT;
	}
	add_pages_to_list(list, pages, got);
	put_pages_list(list, pages);
	return 0;
}
